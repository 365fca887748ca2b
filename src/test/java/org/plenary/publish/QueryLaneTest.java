package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The query lane: a bounded number of running queries, some kept for clients that have not used much lately. */
class QueryLaneTest {
    static final Duration NO_WAIT = Duration.ofMillis(1);

    @Test
    void heavyClientsShareOnlyTheirSlotsAndOthersStillGetOne() throws Exception {
        QueryLane lane = new QueryLane(3, 2, Duration.ofMillis(50));
        // Two clients run long queries: once they have spent more than the light budget, they are heavy.
        try (QueryLane.Slot a = lane.enter("a", NO_WAIT); QueryLane.Slot b = lane.enter("b", NO_WAIT)) {
            assertNotNull(a);
            assertNotNull(b);
            Thread.sleep(120);
        }
        assertTrue(lane.isHeavy("a") && lane.isHeavy("b"));
        assertFalse(lane.isHeavy("c"));
        QueryLane.Slot a = lane.enter("a", NO_WAIT), b = lane.enter("b", NO_WAIT);
        assertNotNull(a);
        assertNotNull(b);
        assertNull(lane.enter("a", NO_WAIT), "heavy clients hold at most 2 of the 3 slots");
        QueryLane.Slot c = lane.enter("c", NO_WAIT);
        assertNotNull(c, "a light client gets the kept slot");
        assertNull(lane.enter("d", NO_WAIT), "no slot left at all");
        a.close();
        assertNotNull(lane.enter("d", NO_WAIT), "a freed slot goes to the next");
        b.close();
        c.close();
    }

    @Test
    void aQueryWaitingOnItsClientGivesItsSlotUpAndTakesItBack() throws Exception {
        QueryLane lane = new QueryLane(1, 1, Duration.ofSeconds(10));
        QueryLane.Slot waiting = lane.enter("slow-reader", NO_WAIT);
        assertNull(lane.enter("other", NO_WAIT));
        waiting.yieldWhileBlocked();
        QueryLane.Slot other = lane.enter("other", NO_WAIT);
        assertNotNull(other, "the yielded slot serves another query");
        assertFalse(waiting.resume(), "no slot to go on with while the other runs");
        other.close();
        assertTrue(waiting.resume());
        assertEquals(1, lane.busy());
        waiting.close();
        assertEquals(0, lane.busy());
    }
}
