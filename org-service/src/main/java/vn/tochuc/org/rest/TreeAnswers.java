package vn.tochuc.org.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.web.JsonArrayStream;

/**
 * The JSON of tree and subtree reads kept by their tag, so that the same read is answered again without walking the
 * tree. The tag holds the structure's stamp (count, sum of versions, latest update of every unit), read in the
 * request's first statement, so a kept answer is only ever given for the structure it was written from: a change
 * anywhere changes every tag, and the next read walks again. A body may be newer than its stamp (a change committed
 * between the stamp and the walk), never older. Bounded in bytes (Caffeine's size-based eviction); each replica keeps
 * its own.
 */
@ApplicationScoped
public class TreeAnswers {

    private final ObjectMapper mapper;
    private final Cache<String, byte[]> bodies;
    private final CopyRoom room;

    TreeAnswers(ObjectMapper mapper, MeterRegistry registry,
            @ConfigProperty(name = "tochuc.org.tree-answers.bytes", defaultValue = "12582912") long bytes) {
        this.mapper = mapper;
        // half the budget at most for one answer: a province of 10,000 units (4.3 MB of JSON) is kept and leaves
        // room for its districts (about 0.4 MB each); 12 MiB kept and at most 12 MiB of copies being written are a
        // fifth of the heap (-Xmx128m, ~50 MB live)
        this.room = new CopyRoom(bytes, (int) Math.min(Integer.MAX_VALUE - 8, bytes / 2));
        this.bodies = Caffeine.newBuilder().maximumWeight(bytes).weigher((String tag, byte[] body) -> body.length)
                .executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, bodies, "org-tree-answers");
    }

    /** The kept answer of {@code tag}, or the answer {@code writer} streams (and that is kept when small enough). */
    public Response answer(EntityTag tag, String ifNoneMatch, JsonArrayStream.ItemsWriter writer) {
        byte[] kept = bodies.getIfPresent(tag.getValue());
        if (kept != null) {
            return JsonArrayStream.again(tag, ifNoneMatch, kept);
        }
        return JsonArrayStream.written(mapper, tag, ifNoneMatch, writer, new KeptByTag(tag.getValue()));
    }

    /** Keeps a whole body under its tag, when it found room to be copied while it was written. */
    private final class KeptByTag implements JsonArrayStream.Keeper {
        private final String tag;

        KeptByTag(String tag) {
            this.tag = tag;
        }

        @Override
        public int room() {
            return room.take();
        }

        @Override
        public void done(int taken, byte[] whole) {
            room.give(taken);
            if (whole != null) {
                bodies.put(tag, whole);
            }
        }
    }

    /** How many reads were answered from a kept answer since the start (also the metric cache.gets{result=hit}). */
    public long answeredAgain() {
        return bodies.stats().hitCount();
    }
}
