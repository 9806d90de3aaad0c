package vn.tochuc.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.openapi.ExampleAssembler.Side;

class ExampleAssemblerTest {

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Object example(Schema schema, Map<String, Schema> components) {
        return ExampleAssembler.of(schema, components, Side.RESPONSE).orElse(null);
    }

    @Test
    void shouldTakeAFieldsOwnExampleOverAnythingMadeUp() {
        Schema unit = object().addProperty("name", string().addExample("Tỉnh ủy Vĩnh Phúc").maxLength(3));

        assertThat(example(unit, Map.of())).isEqualTo(Map.of("name", "Tỉnh ủy Vĩnh Phúc"));
    }

    @Test
    void shouldResolveARefAmongTheComponents() {
        Map<String, Schema> components = Map.of("PersonName", object()
                .addProperty("surname", string().addExample("Nguyễn"))
                .addProperty("givenName", string().addExample("Hải")));

        assertThat(example(object().addProperty("fullName", ref("PersonName")), components))
                .isEqualTo(Map.of("fullName", Map.of("surname", "Nguyễn", "givenName", "Hải")));
    }

    @Test
    void shouldPreferAnExampleBesideARefToTheReferredSchemas() {
        Map<String, Schema> components = Map.of("LocalDate", string().format("date").addExample("2022-03-10"));

        assertThat(example(ref("LocalDate").addExample("2025-01-03"), components)).isEqualTo("2025-01-03");
    }

    @Test
    void shouldTakeAnEnumerationsFirstValue() {
        Schema form = string().enumeration(List.of("KHIEN_TRACH", "CANH_CAO", "CACH_CHUC"));

        assertThat(example(form, Map.of())).isEqualTo("KHIEN_TRACH");
    }

    @Test
    void shouldTakeTheFirstWordOfAPatternThatIsAChoiceOfWords() {
        assertThat(example(string().pattern("CIVIL_SERVANT|PUBLIC_EMPLOYEE|CONTRACT"), Map.of()))
                .isEqualTo("CIVIL_SERVANT");
    }

    @Test
    void shouldMakeAnArrayOfOneItem() {
        Schema list = OASFactory.createSchema().addType(SchemaType.ARRAY).items(string().format("uuid"));

        assertThat(example(list, Map.of())).isEqualTo(List.of(ExampleAssembler.UUID));
    }

    @Test
    void shouldFillAnArrayUpToItsMinimumSize() {
        Schema list = OASFactory.createSchema().addType(SchemaType.ARRAY).minItems(2).items(string().format("date"));

        assertThat(example(list, Map.of())).isEqualTo(List.of(ExampleAssembler.DATE, ExampleAssembler.DATE));
    }

    @Test
    void shouldCutACycleWhereTheSchemaComesRoundAgain() {
        Map<String, Schema> components = Map.of("OrgUnit", object()
                .addProperty("code", string().addExample("TU_VP"))
                .addProperty("parent", ref("OrgUnit"))
                .addProperty("children", OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref("OrgUnit"))));

        assertThat(example(ref("OrgUnit"), components)).isEqualTo(Map.of("code", "TU_VP", "children", List.of()));
    }

    @Test
    void shouldExpandTheSameSchemaTwiceWhenItIsNotACycle() {
        Map<String, Schema> components = Map.of("LocalDate", string().format("date"));
        Schema period = object().addProperty("from", ref("LocalDate")).addProperty("to", ref("LocalDate"));

        assertThat(example(period, components))
                .isEqualTo(Map.of("from", ExampleAssembler.DATE, "to", ExampleAssembler.DATE));
    }

    @Test
    void shouldGiveEachIdPropertyItsOwnUuid() {
        Schema unit = object().addProperty("id", string().format("uuid")).addProperty("parentId", string().format("uuid"));

        assertThat(example(unit, Map.of()))
                .isEqualTo(Map.of("id", ExampleAssembler.uuid("id"), "parentId", ExampleAssembler.uuid("parentId")));
        assertThat(ExampleAssembler.uuid("id")).isNotEqualTo(ExampleAssembler.uuid("parentId"));
    }

    @Test
    void shouldKeepANumberWithinItsLimits() {
        Schema year = OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(2000)).maximum(BigDecimal.valueOf(2100));
        Schema share = OASFactory.createSchema().addType(SchemaType.NUMBER).maximum(BigDecimal.valueOf(0.5));

        assertThat(example(year, Map.of())).isEqualTo(2000L);
        assertThat(example(share, Map.of())).isEqualTo(BigDecimal.valueOf(0.5));
    }

    @Test
    void shouldFitAMadeUpTextToItsLengthLimits() {
        assertThat(example(string().maxLength(3), Map.of())).isEqualTo("str");
        assertThat(example(string().minLength(8), Map.of())).isEqualTo("stringxx");
    }

    @Test
    void shouldLeaveOutReadOnlyFieldsOfARequest() {
        Schema unit = object().addProperty("id", string().format("uuid").readOnly(true))
                .addProperty("code", string().addExample("TU_VP"));

        assertThat(ExampleAssembler.of(unit, Map.of(), Side.REQUEST)).hasValue(Map.of("code", "TU_VP"));
        assertThat(ExampleAssembler.of(unit, Map.of(), Side.RESPONSE))
                .hasValue(Map.of("id", ExampleAssembler.uuid("id"), "code", "TU_VP"));
    }

    @Test
    void shouldGiveNoExampleForASchemaThatSaysNothing() {
        assertThat(ExampleAssembler.of(OASFactory.createSchema().description("Any JSON value"), Map.of(),
                Side.RESPONSE)).isEmpty();
    }
}
