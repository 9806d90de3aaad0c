package vn.tochuc.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Signs in every REST Assured call of a Quarkus test as a provincial Board officer, unless the call sends its own
 * Authorization header. A module opts in by listing this class in its test resources'
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}; tests of who may do
 * what send their own tokens ({@link TestTokens}).
 */
public class DefaultCaller implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof BoardOfficerFilter)) {
            RestAssured.filters(new BoardOfficerFilter());
        }
    }

    static final class BoardOfficerFilter implements Filter {
        private final String authorization = TestTokens.bearer(TestTokens.boardOfficer());

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", authorization);
            }
            return context.next(request, response);
        }
    }
}
