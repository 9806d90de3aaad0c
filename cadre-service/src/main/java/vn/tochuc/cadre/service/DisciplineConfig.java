package vn.tochuc.cadre.service;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Settings of the discipline rules (application.properties, prefix tochuc.discipline). */
@ConfigMapping(prefix = "tochuc.discipline")
public interface DisciplineConfig {

    /**
     * Months a form bars planning and appointment, by form name, when the decision does not set its own end. The
     * values shipped follow the rule of thumb of the party's cadre regulations (khiển trách 12 months, cảnh cáo and
     * cách chức 24); the board confirms or changes them here without a release.
     */
    Map<String, Integer> barMonths();
}
