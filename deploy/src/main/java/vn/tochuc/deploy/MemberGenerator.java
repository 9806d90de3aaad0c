package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the demo's party members from the name and share lists of {@code demo-members.json}. Deterministic: the
 * seed is in the file, so every load makes the very same people (same national IDs), which is what lets a second
 * load find them all and create none.
 */
final class MemberGenerator {

    /** One generated member: the CV to POST, the cell code and the admission to POST once the person exists. */
    record Member(ObjectNode cv, String cellCode, ObjectNode admission) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode spec;
    private final Random random;

    MemberGenerator(JsonNode spec) {
        this.spec = spec;
        this.random = new Random(spec.path("seed").asLong());
    }

    List<Member> members() {
        List<Member> members = new ArrayList<>();
        JsonNode cells = spec.path("cellCodes");
        for (int i = 0; i < spec.path("count").asInt(); i++) {
            members.add(member(i, cells.get(i % cells.size()).asText()));
        }
        return members;
    }

    private Member member(int index, String cellCode) {
        boolean female = random.nextDouble() < spec.path("femaleShare").asDouble();
        JsonNode names = spec.path(female ? "female" : "male");
        int from = spec.path("birthYears").path("from").asInt();
        LocalDate born = LocalDate.of(from + random.nextInt(spec.path("birthYears").path("to").asInt() - from + 1),
                1 + random.nextInt(12), 1 + random.nextInt(28));
        ObjectNode cv = JSON.createObjectNode();
        cv.put("nationalId", nationalId(index, female, born.getYear()));
        String ethnicity = "01";
        String surname = pick(spec.path("surnames"));
        if (random.nextDouble() >= spec.path("kinhShare").asDouble()) {
            JsonNode minority = pickNode(spec.path("minorities"));
            ethnicity = minority.path("ethnicityCode").asText();
            JsonNode own = minority.path("surnames");
            surname = own.get(random.nextInt(own.size())).asText();
        }
        ObjectNode name = cv.putObject("birthName");
        name.put("surname", surname);
        name.put("middleName", pick(names.path("middle")));
        name.put("givenName", pick(names.path("given")));
        cv.put("sex", female ? "FEMALE" : "MALE");
        cv.put("dateOfBirth", born.toString());
        JsonNode places = spec.path("birthplaces");
        String place = places.get(random.nextInt(places.size())).asText();
        // the place as written (tỉnh Vĩnh Phúc) with today's province code: Phú Thọ, 25, since 1 July 2025
        cv.putObject("birthplace").put("text", place).put("adminUnitCode", "25");
        cv.putObject("homeTown").put("text", place);
        cv.put("ethnicityCode", ethnicity);
        cv.put("religionCode", pick(spec.path("religions")));
        // The North's general schooling had 10 grades until the 1980s reform.
        cv.put("generalEducation", born.getYear() < 1965 ? "10/10" : "12/12");
        cv.put("educationLevelCode", pick(spec.path("educationLevels")));
        cv.put("politicalTheoryCode", pick(spec.path("politicalTheory")));
        return new Member(cv, cellCode, admission(index, born));
    }

    /** CCCD: province of birth registration, century and sex, year of birth, then a serial unique to the index. */
    private String nationalId(int index, boolean female, int year) {
        int centuryAndSex = (year / 100 - 19) * 2 + (female ? 1 : 0);
        return pick(spec.path("registrations")) + centuryAndSex + String.format("%02d", year % 100)
                + String.format("%06d", spec.path("firstSerial").asInt() + index);
    }

    /** Admitted between 18 and 40, before the restructuring (so the members move with their cells). */
    private ObjectNode admission(int index, LocalDate born) {
        LocalDate latest = LocalDate.parse(spec.path("admittedBefore").asText());
        LocalDate earliest = born.plusYears(18).plusDays(1);
        LocalDate admitted = born.plusYears(18 + random.nextInt(23)).plusDays(random.nextInt(365));
        if (admitted.isAfter(latest)) {
            admitted = earliest.plusDays(random.nextInt((int) Math.max(1, latest.toEpochDay() - earliest.toEpochDay())));
        }
        ObjectNode admission = JSON.createObjectNode();
        admission.put("admittedOn", admitted.toString());
        admission.putArray("sponsors").add(JSON.createObjectNode().put("fullName", sponsor()))
                .add(JSON.createObjectNode().put("fullName", sponsor()));
        admission.putObject("decision").put("number", (index + 1) + "-QĐ/ĐU").put("date", admitted.toString())
                .put("issuer", "Đảng ủy cấp trên cơ sở");
        return admission;
    }

    private String sponsor() {
        JsonNode names = spec.path(random.nextBoolean() ? "female" : "male");
        return pick(spec.path("surnames")) + " " + pick(names.path("middle")) + " " + pick(names.path("given"));
    }

    private String pick(JsonNode weighted) {
        return pickNode(weighted).path("value").asText();
    }

    private JsonNode pickNode(JsonNode weighted) {
        int total = 0;
        for (JsonNode option : weighted) {
            total += option.path("weight").asInt();
        }
        int roll = random.nextInt(total);
        for (JsonNode option : weighted) {
            roll -= option.path("weight").asInt();
            if (roll < 0) {
                return option;
            }
        }
        throw new IllegalStateException("demo-members.json: a weighted list is empty or has no positive weight");
    }
}
