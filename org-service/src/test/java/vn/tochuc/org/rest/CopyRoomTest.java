package vn.tochuc.org.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Copies of tree answers being written never take more than their budget together. */
class CopyRoomTest {

    @Test
    void shouldGiveNoRoomBeyondTheBudgetUntilACopyIsDone() {
        CopyRoom room = new CopyRoom(12, 6);

        int first = room.take();
        int second = room.take();
        int third = room.take();
        room.give(first);
        int fourth = room.take();

        assertThat(new int[] {first, second, third, fourth}).containsExactly(6, 6, 0, 6);
    }

    @Test
    void shouldGiveNoRoomWhenNothingMayBeKept() {
        CopyRoom room = new CopyRoom(0, 0);

        assertThat(room.take()).isZero();
    }

    @Test
    void shouldTakeNothingBackForACopyThatFoundNoRoom() {
        CopyRoom room = new CopyRoom(6, 6);
        int first = room.take();
        int refused = room.take();

        room.give(refused);

        assertThat(room.take()).as("still taken by the first copy").isZero();
        room.give(first);
        assertThat(room.take()).isEqualTo(6);
    }

    @Test
    void shouldReserveForACappedCopyOnlyWhatItMayHold() {
        CopyRoom room = new CopyRoom(12, 6);

        int capped = room.take(2);
        int whole = room.take();
        int another = room.take(4);

        assertThat(new int[] {capped, whole, another}).containsExactly(2, 6, 4);
        assertThat(room.take(1)).as("the budget of 12 taken").isZero();
    }
}
