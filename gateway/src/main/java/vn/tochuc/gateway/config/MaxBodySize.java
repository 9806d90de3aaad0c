package vn.tochuc.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The request body limit; the gateway reuses Quarkus's own setting so there is one number to change. */
@Singleton
public class MaxBodySize {

    private final long bytes;

    public MaxBodySize(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> size) {
        this.bytes = size.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    public long bytes() {
        return bytes;
    }
}
