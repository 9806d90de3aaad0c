package vn.tochuc.task.task;

/** What kind of task a resolution or programme gives (fixed by the documents' own wording). */
public enum TaskKind {
    /** Nhiệm vụ trọng tâm. */
    KEY_TASK,
    /** Khâu đột phá. */
    BREAKTHROUGH,
    /** Nhiệm vụ thường xuyên. */
    ROUTINE,
    /** Nhiệm vụ đột xuất, including those the service creates itself. */
    AD_HOC
}
