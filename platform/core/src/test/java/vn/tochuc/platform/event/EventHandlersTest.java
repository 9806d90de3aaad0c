package vn.tochuc.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    @Test
    void shouldRunSeveralHandlersOfOneTypeInTheirOrder() {
        EventHandler reaction = handler("reaction", 100, "a.v1");
        EventHandler readModel = handler("read model", 0, "a.v1", "b.v1");
        var byType = EventHandlers.byType(List.of(reaction, readModel));
        assertThat(byType.get("a.v1")).containsExactly(readModel, reaction);
        assertThat(byType.get("b.v1")).containsExactly(readModel);
    }

    @Test
    void shouldRefuseTwoHandlersOfOneTypeWithTheSameOrder() {
        assertThatThrownBy(() -> EventHandlers.byType(List.of(handler("x", 0, "a.v1"), handler("y", 0, "a.v1"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.v1").hasMessageContaining("order");
    }

    private static EventHandler handler(String name, int order, String... types) {
        return new EventHandler() {
            @Override
            public Set<String> eventTypes() {
                return Set.of(types);
            }

            @Override
            public void handle(EventEnvelope event) {
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
