package vn.tochuc.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

class UpstreamFailureTest {

    @Test
    void shouldTakeAResetOrClosedExchangeForAServiceThatWentAway() {
        // Seen in the fault drill: a service killed with SIGKILL mid-request resets the request's stream.
        assertThat(UpstreamFailure.wentAway(new StreamResetException(0))).isTrue();
        assertThat(UpstreamFailure.wentAway(new SocketException("Connection reset"))).isTrue();
        assertThat(UpstreamFailure.wentAway(new HttpClosedException("Connection was closed"))).isTrue();
    }

    @Test
    void shouldNotTakeAnyOtherFailureForAServiceThatWentAway() {
        assertThat(UpstreamFailure.wentAway(new IllegalStateException("bad header"))).isFalse();
    }
}
