package vn.tochuc.platform.work;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An executor for work asked for more often than it needs to run, where each run does all that is due when it starts
 * (the outbox relay sends every unsent event, a whole outline reads every version): one run at a time on a thread of
 * its own and one more waiting; an ask while one waits is dropped, since the waiting run will see what it was for.
 */
public final class OneWaiting {

    private OneWaiting() {
    }

    /**
     * Such an executor on a thread named {@code thread}. A daemon thread does not hold the JVM's exit up; one that is
     * not finishes the run under way first.
     */
    public static ExecutorService executor(String thread, boolean daemon) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), runnable -> {
            Thread worker = new Thread(runnable, thread);
            worker.setDaemon(daemon);
            return worker;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }
}
