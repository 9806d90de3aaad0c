package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The launcher's pure parts: no process, no database. */
class LauncherPartsTest {

    @Test
    void shouldPointAJdbcUrlAtAnotherDatabaseOnTheSameServer() {
        assertThat(Databases.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "tochuc_org"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/tochuc_org");
        assertThat(Databases.withDatabase("jdbc:postgresql://db:6543/postgres?sslmode=disable", "x"))
                .isEqualTo("jdbc:postgresql://db:6543/x?sslmode=disable");
    }

    @Test
    void shouldShiftEveryPortAndRenameEveryDatabaseForATestRun() {
        SuiteConfig config = SuiteConfig.defaults(Path.of("/repo")).withPortsShiftedBy(10_000)
                .withDatabasePrefix("tochuc_e2e_");

        assertThat(PortCheck.portsOf(config).values()).containsExactly(18081, 18082, 18083, 18080, 19092, 19093);
        assertThat(config.databases()).containsExactly("tochuc_e2e_org", "tochuc_e2e_cadre", "tochuc_e2e_task");
        assertThat(config.runDir()).isEqualTo(Path.of("/repo/.run"));
    }

    @Test
    void shouldSetADatabaseAsideUnderANameOfAtMost63BytesThatItsSuiteRecognises() {
        String longName = "tochuc_" + "x".repeat(60);

        assertThat(Databases.asideName(longName)).hasSizeLessThanOrEqualTo(63);
        assertThat(Databases.isAside(Databases.asideName(longName), longName)).isTrue();
        assertThat(Databases.isAside(Databases.asideName("tochuc_e2e_org"), "tochuc_e2e_org")).isTrue();
        assertThat(Databases.isAside(Databases.asideName("tochuc_e2e_s1_org"), "tochuc_e2e_org")).isFalse();
        assertThat(Databases.isAside("tochuc_e2e_org", "tochuc_e2e_org")).isFalse();
    }

    @Test
    void shouldListTheDemoUnitsInNfcWithEveryParentBeforeItsChildren() {
        List<DemoData.DemoUnit> units = DemoData.units();
        Set<String> seen = new HashSet<>();

        for (DemoData.DemoUnit unit : units) {
            assertThat(Normalizer.isNormalized(unit.name(), Normalizer.Form.NFC)).as(unit.name()).isTrue();
            if (unit.parentCode() != null) {
                assertThat(seen).as("parent of " + unit.code()).contains(unit.parentCode());
            }
            assertThat(seen.add(unit.code())).as("unique code " + unit.code()).isTrue();
        }
        assertThat(units).extracting(DemoData.DemoUnit::name).contains("Tỉnh ủy Vĩnh Phúc", "Ban Tổ chức Tỉnh ủy",
                "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Thành ủy Vĩnh Yên",
                "Huyện ủy Tam Dương", "Đảng bộ phường Liên Bảo");
        assertThat(units).filteredOn(u -> u.parentCode() == null).singleElement()
                .extracting(DemoData.DemoUnit::kind).isEqualTo("PROVINCIAL_PARTY_COMMITTEE");
    }

    @Test
    void shouldCountOnlyAStatusOfUpAsReady() {
        assertThat(HealthWait.isUp("{\n  \"status\": \"UP\",\n  \"checks\": []\n}")).isTrue();
        assertThat(HealthWait.isUp("{\"status\":\"DOWN\"}")).isFalse();
        assertThat(HealthWait.isUp("<html>UP</html>")).isFalse();
    }

    @Test
    void shouldSayHowToStartPostgresWithTheInstalledVersion() {
        assertThat(Databases.startHint()).contains("main start");
    }
}
