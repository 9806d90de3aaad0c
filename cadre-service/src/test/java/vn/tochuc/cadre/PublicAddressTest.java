package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind the gateway (a trusted proxy: TOCHUC_GATEWAY_ADDRESSES, 127.0.0.1 here), a Location names the address the
 * caller used, with the ingress's path prefix; the end-to-end suite checks the same through the real gateway.
 */
@QuarkusTest
class PublicAddressTest {

    @Test
    void shouldNameTheForwardedHostSchemeAndPrefixInTheLocationOfACreatedPerson() {
        Map<String, Object> cv = Persons.cv("Lại", "Văn", "Sâm");
        cv.remove("nationalId");
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .header("X-Forwarded-Host", "tochuc.example.vn").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/to-chuc").body(cv).when().post(Persons.PATH).then().statusCode(201)
                .extract();

        given().when().get(Persons.PATH + "/" + created.path("id")).then().statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"),
                equalTo("https://tochuc.example.vn/to-chuc" + Persons.PATH + "/" + created.path("id")));
    }
}
