package vn.tochuc.gateway.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is calling, as far as the network tells: the peer's address, or, when the peer is a configured trusted
 * proxy (an ingress or load balancer), the address that proxy put last in X-Forwarded-For. Headers from any
 * other peer are not believed: a client could name any address there.
 */
public final class ClientAddress {

    private record Block(byte[] network, int bits) {
    }

    private final List<Block> trusted;

    public ClientAddress(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                blocks.add(parse(entry.trim()));
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    /** True when the peer that sent this request is a trusted proxy whose forwarding headers may be kept. */
    public boolean peerIsTrusted(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return peer != null && peer.hostAddress() != null && isTrusted(peer.hostAddress());
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String address = peer == null ? "unknown" : peer.hostAddress();
        if (peer != null && isTrusted(address)) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return address;
    }

    boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        byte[] bytes;
        try {
            // Only literal addresses reach here (socket peers), so this never resolves a name.
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return false;
        }
        for (Block block : trusted) {
            if (block.network().length == bytes.length && matches(block, bytes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Block block, byte[] address) {
        int bits = block.bits();
        int bytes = address.length;
        BigInteger mask = bits == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(bytes * 8 - bits);
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, block.network()).and(mask));
    }

    private static Block parse(String entry) {
        String host = entry;
        int bits = -1;
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            host = entry.substring(0, slash);
            bits = Integer.parseInt(entry.substring(slash + 1));
        }
        if (!host.matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("tochuc.gateway.trusted-proxies has '" + entry
                    + "'; give addresses or CIDR blocks (10.0.0.0/8, ::1), not host names");
        }
        try {
            byte[] network = InetAddress.getByName(host).getAddress();
            return new Block(network, bits < 0 ? network.length * 8 : bits);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("tochuc.gateway.trusted-proxies has '" + entry
                    + "', which is not an address", e);
        }
    }
}
