package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing and starting again one child process, with a stand-in that only sleeps. */
class ManagedProcessTest {

    @TempDir
    Path dir;

    @Test
    void shouldKillAProcessWithSigkillAndStartItAgainWithTheSameCommand() throws Exception {
        ManagedProcess sleeper = new ManagedProcess("sleeper", List.of("sleep", "120"), dir.resolve("sleeper.log"));
        sleeper.start();
        long firstPid = sleeper.pid();
        try {
            assertThat(sleeper.kill()).isEqualTo("sleeper killed (SIGKILL), exit code 137");
            assertThat(sleeper.isAlive()).isFalse();

            sleeper.start();

            assertThat(sleeper.isAlive()).isTrue();
            assertThat(sleeper.pid()).isNotEqualTo(firstPid);
            assertThat(Files.readAllLines(dir.resolve("sleeper.log")))
                    .filteredOn(line -> line.contains("starting sleeper: sleep 120")).hasSize(2);
        } finally {
            sleeper.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldReportNothingWhenKillingAProcessThatIsNotRunning() {
        ManagedProcess never = new ManagedProcess("never", List.of("sleep", "1"), dir.resolve("never.log"));

        assertThat(never.kill()).isNull();
    }
}
