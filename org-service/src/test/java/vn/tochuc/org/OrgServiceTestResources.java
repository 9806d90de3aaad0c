package vn.tochuc.org;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;

/** Every org-service test runs against a real Kafka broker and a fresh database on the real PostgreSQL. */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "org"))
public final class OrgServiceTestResources {

    private OrgServiceTestResources() {
    }
}
