package vn.tochuc.task;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import vn.tochuc.platform.event.BrokerAccess;
import vn.tochuc.platform.testing.KafkaTestBroker;

/**
 * Starts task-service on a broker that has none of task-service's ACLs yet, as when the suite starts the services
 * beside a broker whose administrator creates them once it answers. {@link #grant()} gives them back, as that
 * administrator would; {@link #stop()} does too, so the shared broker is whole for the test classes after.
 */
public class WithheldAcls implements QuarkusTestResourceLifecycleManager {

    private static final AclBindingFilter TASK_SERVICE = new AclBindingFilter(ResourcePatternFilter.ANY,
            new AccessControlEntryFilter("User:task-service", null, AclOperation.ANY, AclPermissionType.ANY));
    private static final List<AclBinding> withheld = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        try (Admin admin = admin()) {
            synchronized (withheld) {
                withheld.addAll(admin.deleteAcls(List.of(TASK_SERVICE)).all().get(30, TimeUnit.SECONDS));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not withdraw task-service's ACLs from the test broker", e);
        }
        return Map.of();
    }

    /** The administrator creates the ACLs the service was started without. */
    static void grant() {
        synchronized (withheld) {
            if (withheld.isEmpty()) {
                return;
            }
            try (Admin admin = admin()) {
                admin.createAcls(withheld).all().get(30, TimeUnit.SECONDS);
                withheld.clear();
            } catch (Exception e) {
                throw new IllegalStateException("Could not give task-service its ACLs back", e);
            }
        }
    }

    @Override
    public void stop() {
        grant();
    }

    private static Admin admin() {
        return Admin.create(KafkaTestBroker.shared().clientSettings(BrokerAccess.ADMIN));
    }
}
