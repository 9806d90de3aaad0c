package vn.tochuc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The services' default list of gateway addresses must need no name lookup: Quarkus takes an entry that is not a
 * CIDR block as host[:port], so a bare IPv6 address ({@code ::1}) becomes the host ":" and is looked up by DNS on the
 * event loop whenever its cache lapses. On a machine whose DNS does not answer, every service then stalled for the
 * resolver's 5-second timeout many times a second (the gateway benchmark measured 14 requests/s instead of thousands).
 */
class TrustedGatewayAddressesTest {

    private static final Pattern DEFAULT_OF_ENV = Pattern.compile("\\$\\{[A-Z_]+:(.*)}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

    @Test
    void shouldListTheDefaultGatewayAddressesAsLiteralsThatNeedNoDnsLookup() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Matcher value = DEFAULT_OF_ENV.matcher(config.getProperty("quarkus.http.proxy.trusted-proxies"));
        assertThat(value.matches()).as("trusted-proxies is ${TOCHUC_GATEWAY_ADDRESSES:default}").isTrue();

        assertThat(Arrays.asList(value.group(1).split(",")))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(IPV4.matcher(entry).matches() || CIDR.matcher(entry).matches())
                        .as("'%s' is an IPv4 address or a CIDR block (write IPv6 as ::1/128)", entry)
                        .isTrue());
    }
}
