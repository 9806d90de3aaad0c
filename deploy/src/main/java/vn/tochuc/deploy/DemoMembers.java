package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few hundred generated party members admitted into the demo's grassroots cells through cadre-service's API, so
 * the statistics and reports have something to count. A few requests run at once: one at a time the database
 * round trips, not the work, set the pace.
 */
public final class DemoMembers {

    static final String RESOURCE = "/demo-members.json";
    private static final int PARALLEL_REQUESTS = 4;

    private final CadreServiceClient cadre;
    private final PrintStream out;

    public DemoMembers(CadreServiceClient cadre, PrintStream out) {
        this.cadre = cadre;
        this.out = out;
    }

    /** How many members the resource file makes (the demo test counts them in the statistics). */
    public static int count() {
        return Resources.json(RESOURCE).path("count").asInt();
    }

    public void load(Map<String, String> unitIds) {
        long started = System.nanoTime();
        JsonNode spec = Resources.json(RESOURCE);
        List<MemberGenerator.Member> members = new MemberGenerator(spec).members();
        AtomicInteger persons = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger recognised = new AtomicInteger();
        LocalDate lastDay = LocalDate.parse(spec.path("admittedBefore").asText());
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (MemberGenerator.Member member : members) {
                String cellId = unitIds.get(member.cellCode());
                if (cellId == null) {
                    throw new IllegalStateException(RESOURCE + " names cell " + member.cellCode()
                            + ", which demo-org-units.json does not list");
                }
                work.add(pool.submit(() -> load(member, cellId, lastDay, persons, admitted, recognised)));
            }
            for (Future<?> each : work) {
                each.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new LauncherException("Loading demo members failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while loading demo members", e);
        } finally {
            pool.shutdownNow();
        }
        out.printf("Demo data: %d generated party members (%d persons, %d admissions, %d recognitions as full "
                + "member created; the rest already there) in %.1f s%n", members.size(), persons.get(), admitted.get(),
                recognised.get(),
                (System.nanoTime() - started) / 1e9);
    }

    private void load(MemberGenerator.Member member, String cellId, LocalDate lastDay, AtomicInteger persons,
            AtomicInteger admitted, AtomicInteger recognised) {
        // Managed by the cell's committee, so its unit officers reach the record.
        CadreServiceClient.PersonId person = cadre.createOrFindPerson(member.cv().deepCopy()
                .put("currentOrgUnitId", cellId));
        if (person.created()) {
            persons.incrementAndGet();
        }
        ObjectNode admission = member.admission().deepCopy();
        admission.put("personId", person.id());
        admission.put("cellId", cellId);
        ApiAnswer answer = cadre.postOnceKnown("/api/v1/party-members", admission);
        if (answer.status() == 201) {
            admitted.incrementAndGet();
            if (cadre.recogniseWhenDue(answer.body(), lastDay, "Đảng ủy cấp trên cơ sở")) {
                recognised.incrementAndGet();
            }
        } else if (answer.status() != 409 || !answer.problem("already-member")) {
            throw CadreServiceClient.failed("POST /api/v1/party-members (" + RESOURCE + ", national ID "
                    + member.cv().path("nationalId").asText() + ")", answer);
        }
    }
}
