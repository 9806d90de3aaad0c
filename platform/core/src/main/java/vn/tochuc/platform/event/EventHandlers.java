package vn.tochuc.platform.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups handlers by the event types they take, each group in {@link EventHandler#order()} order. */
final class EventHandlers {

    private EventHandlers() {
    }

    /**
     * @throws IllegalStateException when two handlers of one type share an order: their sequence would depend on
     *     bean discovery, and a reaction could run before the read model it reads
     */
    static Map<String, List<EventHandler>> byType(Iterable<EventHandler> handlers) {
        Map<String, List<EventHandler>> byType = new TreeMap<>();
        for (EventHandler handler : handlers) {
            for (String type : handler.eventTypes()) {
                byType.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
            }
        }
        byType.forEach((type, group) -> {
            group.sort(Comparator.comparingInt(EventHandler::order));
            for (int i = 1; i < group.size(); i++) {
                if (group.get(i).order() == group.get(i - 1).order()) {
                    throw new IllegalStateException("Handlers " + group.get(i - 1) + " and " + group.get(i)
                            + " both take " + type + " with order " + group.get(i).order() + "; give one of them "
                            + "another order() so they run in a known sequence");
                }
            }
            byType.put(type, List.copyOf(group));
        });
        return Map.copyOf(byType);
    }
}
