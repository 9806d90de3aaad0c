package vn.tochuc.org.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureStampTest {

    @Test
    void shouldTellAStampWithMoreVersionsIsLater() {
        assertThat(OrgTreeRepository.later("10:25:2026-12-03 10:00:01+00", "10:24:2026-12-03 10:00:00+00")).isTrue();
        assertThat(OrgTreeRepository.later("10:24:2026-12-03 10:00:00+00", "10:25:2026-12-03 10:00:01+00")).isFalse();
    }

    @Test
    void shouldTellAStampWithANewUnitAtVersionZeroIsLater() {
        assertThat(OrgTreeRepository.later("11:24:2026-12-03 10:00:01+00", "10:24:2026-12-03 10:00:00+00")).isTrue();
    }

    @Test
    void shouldNotTellAStampIsLaterThanItself() {
        assertThat(OrgTreeRepository.later("10:24:2026-12-03 10:00:00+00", "10:24:2026-12-03 10:00:00+00")).isFalse();
    }

    @Test
    void shouldReadTheStampOfAnEmptyStructure() {
        assertThat(OrgTreeRepository.later("1:0:2026-12-03 10:00:00+00", "0:0:null")).isTrue();
    }
}
