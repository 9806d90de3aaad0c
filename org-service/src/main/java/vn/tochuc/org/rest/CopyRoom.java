package vn.tochuc.org.rest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory the copies of answers being written may take at once, besides the answers already kept. A copy is held
 * while its answer is written, whatever its final size, so each takes its largest size up front: with 32 workers each
 * writing a province, unbounded copies would be 32 × 6 MiB on a 128 MiB heap. An answer that finds no room is sent
 * all the same, only not kept; a later read keeps it.
 */
final class CopyRoom {

    private final long budget;
    private final int perCopy;
    private final AtomicLong taken = new AtomicLong();

    CopyRoom(long budget, int perCopy) {
        this.budget = budget;
        this.perCopy = perCopy;
    }

    /** The bytes one copy may hold ({@code perCopy}), or 0 when the budget is taken; hand it back to {@link #give}. */
    int take() {
        return take(perCopy);
    }

    /** {@link #take()} of a copy that will be dropped past {@code most} bytes: that much, at most {@code perCopy}. */
    int take(long most) {
        int want = (int) Math.min(perCopy, Math.max(0, most));
        if (want == 0) {
            return 0;
        }
        if (taken.addAndGet(want) > budget) {
            taken.addAndGet(-want);
            return 0;
        }
        return want;
    }

    void give(int bytes) {
        taken.addAndGet(-bytes);
    }
}
