package vn.tochuc.task.urging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The urging rules that are configuration (docs/decisions.md "Urging (task-service)"). */
@ConfigMapping(prefix = "tochuc.urging")
public interface UrgingSettings {

    /** Days before a deadline a reminder goes out, e.g. 7,3,1; the day itself (rung 0) always gets one. */
    @WithDefault("7,3,1")
    List<Integer> ladderDays();

    /** While overdue: a reminder the day after the deadline, then again every this many days. */
    @WithDefault("7")
    int overdueEveryDays();

    /** The notice count at which a task is escalated to the unit above the issuing unit. */
    @WithDefault("2")
    int escalateAfter();

    /** A notice may urge a task that is overdue or due within this many days. */
    @WithDefault("7")
    int urgeableWithinDays();

    /** How often the reminder scan runs (a Quarkus duration such as 1h, or off). */
    @WithDefault("1h")
    String scanInterval();
}
