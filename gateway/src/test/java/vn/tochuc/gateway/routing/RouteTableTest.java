package vn.tochuc.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = RouteTable.of(List.of(
            Upstream.parse("task-service", "http://127.0.0.1:8083", List.of("/api/v1/tasks", "/api/v1/targets")),
            Upstream.parse("report-service", "http://127.0.0.1:8084", List.of("/api/v1/tasks/reports/")),
            Upstream.parse("org-service", "https://org.internal", List.of("/api/v1/org-units"))));

    @Test
    void shouldMatchThePrefixItself() {
        assertThat(serviceFor("/api/v1/tasks")).isEqualTo("task-service");
    }

    @Test
    void shouldMatchPathsBelowThePrefix() {
        assertThat(serviceFor("/api/v1/tasks/42/progress")).isEqualTo("task-service");
        assertThat(serviceFor("/api/v1/tasks/")).isEqualTo("task-service");
    }

    @Test
    void shouldNotMatchAPathThatOnlyStartsWithTheSameCharacters() {
        assertThat(table.match("/api/v1/tasksX")).isEmpty();
        assertThat(table.match("/api/v1/task")).isEmpty();
        assertThat(table.match("/api/v1/org-units-old/1")).isEmpty();
    }

    @Test
    void shouldPreferTheLongestPrefix() {
        assertThat(serviceFor("/api/v1/tasks/reports")).isEqualTo("report-service");
        assertThat(serviceFor("/api/v1/tasks/reports/7")).isEqualTo("report-service");
        assertThat(serviceFor("/api/v1/tasks/reportsX")).isEqualTo("task-service");
    }

    @Test
    void shouldReportTheMatchingPrefix() {
        assertThat(table.match("/api/v1/targets/3")).get()
                .extracting(RouteTable.Match::prefix).isEqualTo("/api/v1/targets");
    }

    @Test
    void shouldMatchNothingForAnEmptyPath() {
        assertThat(table.match("")).isEmpty();
        assertThat(table.match(null)).isEmpty();
    }

    @Test
    void shouldTakeDefaultPortsFromTheScheme() {
        Upstream org = table.upstream("org-service").orElseThrow();
        assertThat(org.port()).isEqualTo(443);
        assertThat(org.ssl()).isTrue();
        assertThat(org.baseUrl()).isEqualTo("https://org.internal:443");
    }

    @Test
    void shouldListServicesByNameAndPrefixesSorted() {
        assertThat(table.upstreams()).extracting(Upstream::name)
                .containsExactly("org-service", "report-service", "task-service");
        assertThat(table.prefixes()).containsExactly("/api/v1/org-units", "/api/v1/targets", "/api/v1/tasks",
                "/api/v1/tasks/reports");
    }

    @Test
    void shouldRefuseAPrefixClaimedByTwoServices() {
        assertThatThrownBy(() -> RouteTable.of(List.of(
                Upstream.parse("a", "http://h:1", List.of("/api/v1/x")),
                Upstream.parse("b", "http://h:2", List.of("/api/v1/x/")))))
                .hasMessageContaining("/api/v1/x")
                .hasMessageContaining("tochuc.gateway.routes.a.prefixes");
    }

    @Test
    void shouldRefuseAUrlWithAPathBecausePathsAreNotRewritten() {
        assertThatThrownBy(() -> Upstream.parse("a", "http://h:1/base", List.of("/api/v1/x")))
                .hasMessageContaining("tochuc.gateway.routes.a.url");
    }

    @Test
    void shouldRefuseAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> Upstream.parse("a", "localhost:8081", List.of("/api/v1/x")))
                .hasMessageContaining("http://127.0.0.1:8081");
    }

    @Test
    void shouldRefuseARelativePrefix() {
        assertThatThrownBy(() -> Upstream.parse("a", "http://h:1", List.of("api/v1/x")))
                .hasMessageContaining("starting with /");
    }

    private String serviceFor(String path) {
        return table.match(path).orElseThrow().upstream().name();
    }
}
