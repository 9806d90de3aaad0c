package vn.tochuc.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OneWaitingTest {

    @Test
    void shouldRunOneMoreAfterTheRunUnderWayHoweverOftenItWasAskedMeanwhile() throws Exception {
        ExecutorService executor = OneWaiting.executor("one-waiting-test", true);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        executor.execute(() -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            executor.execute(runs::incrementAndGet);
        }

        release.countDown();
        executor.shutdown();

        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldRunOnAThreadOfTheGivenName() throws Exception {
        ExecutorService executor = OneWaiting.executor("one-waiting-named", false);
        String[] name = new String[1];
        boolean[] daemon = new boolean[1];
        executor.execute(() -> {
            name[0] = Thread.currentThread().getName();
            daemon[0] = Thread.currentThread().isDaemon();
        });
        executor.shutdown();

        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(name[0]).isEqualTo("one-waiting-named");
        assertThat(daemon[0]).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
