package vn.tochuc.org.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.org.domain.OrgUnitRow;
import vn.tochuc.org.mapping.OrgUnitJson;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.service.OrgUnitService;

/**
 * The JSON of each unit of the tree reads, kept by what it is written from, so that a read that walks the tree (a
 * period nobody read, a subtree not kept whole) copies the bytes of the units it has seen before instead of decoding
 * and writing their 17 fields: of a province's first read, writing the JSON was about 57 % of the Java CPU and decoding
 * the rows 21 % (decisions.md, "Tree answers kept per period").
 *
 * <p>A unit's JSON depends on its row, the version of it in effect, whether it had ceased on the date, and, per read,
 * its date and depth (written in between, see {@link OrgUnitJson.Node}): kept by {@link OrgUnitRow.Key}, which names
 * one text; a key that no read asks for again is evicted by size. Bounded in bytes; each replica keeps its own.
 */
@ApplicationScoped
public class TreeNodes {

    /** Per node besides its JSON: the key, its UUID and date, the node and its two arrays, the cache's own entry. */
    private static final int OVERHEAD = 200;

    private final JsonFactory factory;
    private final Cache<OrgUnitRow.Key, OrgUnitJson.Node> nodes;

    TreeNodes(ObjectMapper mapper, MeterRegistry registry,
            @ConfigProperty(name = "tochuc.org.tree-nodes.bytes", defaultValue = "8388608") long bytes) {
        // the answer's own factory, so that a node's bytes are what the answer's generator would write
        this.factory = mapper.getFactory();
        this.nodes = Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((OrgUnitRow.Key key, OrgUnitJson.Node node) -> node.size() + OVERHEAD)
                .executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, nodes, "org-tree-nodes");
    }

    /**
     * Writes the units of one tree or subtree answer as of {@code asOf} onto {@code json}, each from its kept node
     * when there is one, else written from the row and kept.
     */
    public OrgTreeRepository.UnitWriter<OrgUnitJson.Node> writer(JsonGenerator json, String asOf) {
        return new OrgTreeRepository.UnitWriter<>() {
            /** The text between a node's halves, by depth: the same for every unit at that depth in this answer. */
            private final SerializableString[] between = new SerializableString[OrgUnitService.MAX_DEPTH + 1];

            @Override
            public OrgUnitJson.Node keep(OrgUnitRow row) throws IOException {
                // only the key's columns are decoded when the node is kept
                OrgUnitJson.Node node = keepByKey(OrgUnitRow.Key.of(row));
                return node != null ? node : keepRead(row);
            }

            @Override
            public OrgUnitJson.Node keepByKey(OrgUnitRow.Key key) {
                return nodes.getIfPresent(key);
            }

            @Override
            public OrgUnitJson.Node keepRead(OrgUnitRow row) throws IOException {
                // asked by key first and missed: written without looking again, so each unit counts once
                OrgUnitJson.Node node = OrgUnitJson.Node.of(factory, row);
                nodes.put(OrgUnitRow.Key.of(row), node);
                return node;
            }

            @Override
            public void write(OrgUnitJson.Node node, int depth) throws IOException {
                SerializableString text = depth < between.length ? between[depth] : null;
                if (text == null) {
                    text = OrgUnitJson.Node.between(asOf, depth);
                    if (depth < between.length) {
                        between[depth] = text;
                    }
                }
                node.write(json, text);
            }
        };
    }

    /** How many units were written from a kept node since the start (also the metric cache.gets{result=hit}). */
    public long copied() {
        return nodes.stats().hitCount();
    }

    /** How many units were written from their row since the start. */
    public long written() {
        return nodes.stats().missCount();
    }
}
