package vn.tochuc.task.urging;

import java.util.Arrays;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/** The lists of "my tasks" (GET /api/v1/my-tasks?view=...). */
public enum MyTaskView {
    /** Open tasks led by the caller's units, due within the next days. */
    DUE_SOON("due-soon"),
    /** Open tasks led by the caller's units, past their deadline. */
    OVERDUE("overdue"),
    /** Submitted tasks the caller's units assigned: theirs to accept or return. */
    AWAITING_MY_ACCEPTANCE("awaiting-my-acceptance");

    private final String wireName;

    MyTaskView(String wireName) {
        this.wireName = wireName;
    }

    static MyTaskView parse(String value) {
        return Arrays.stream(values()).filter(v -> v.wireName.equals(value == null ? null : value.strip()))
                .findFirst().orElseThrow(() -> ProblemException.invalid("view", ProblemText.of("field.one-of")
                        .with("values", "due-soon, overdue, awaiting-my-acceptance")));
    }
}
