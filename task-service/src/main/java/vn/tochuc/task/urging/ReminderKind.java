package vn.tochuc.task.urging;

/** What a reminder says about a task's deadline; each kind is its own event type. */
public enum ReminderKind {
    DUE_SOON(UrgingEvents.DUE_SOON),
    DUE_TODAY(UrgingEvents.DUE_TODAY),
    OVERDUE(UrgingEvents.OVERDUE);

    private final String eventType;

    ReminderKind(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
