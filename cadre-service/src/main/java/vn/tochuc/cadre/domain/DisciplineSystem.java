package vn.tochuc.cadre.domain;

/**
 * Which rules a discipline decision applies: party discipline (kỷ luật đảng), cadre discipline (cán bộ: elected or
 * approved posts) or civil-service discipline (công chức). Each has its own rules of forms and bars (rule codes
 * cadre.discipline-forms.&lt;rule&gt; and cadre.discipline-bars.&lt;rule&gt;).
 */
public enum DisciplineSystem {
    PARTY("party"),
    CADRE("cadre"),
    /** Công chức (the name predates cadres being told apart; kept for the event contract). */
    CIVIL_SERVICE("civil-servant");

    private final String rule;

    DisciplineSystem(String rule) {
        this.rule = rule;
    }

    public String formsRule() {
        return "cadre.discipline-forms." + rule;
    }

    public String barsRule() {
        return "cadre.discipline-bars." + rule;
    }
}
