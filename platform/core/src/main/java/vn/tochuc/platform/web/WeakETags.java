package vn.tochuc.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Validators for every read that has none of its own, in every service: lists, pages, histories, feeds. A single
 * record carries its version as a strong ETag and a report the digest of what it says ({@link Representations});
 * any other 200 JSON answer to a GET gets a weak ETag, the digest of its JSON, and a 304 without a body when the
 * caller's If-None-Match names it. A mobile app that asks again for a list that did not change then downloads
 * nothing. Done once here rather than in each resource, so a new list cannot forget it.
 *
 * <p>The JSON is serialized here (by the application's mapper, as the REST layer would) and handed on as bytes, so
 * it is written once. Streamed answers ({@link JsonArrayStream}) are not held whole: their resource gives them a
 * tag from a stamp of the data they read. {@code Cache-Control: private, no-cache} lets the device keep the answer
 * and makes it ask (with the tag) before using it; the answer depends on the caller, so no shared cache keeps it.
 */
public class WeakETags {

    static final String CACHE_CONTROL = "private, no-cache";
    private static final Logger LOG = Logger.getLogger(WeakETags.class);

    private final ObjectMapper mapper;

    WeakETags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!taggable(request, response)) {
            return;
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(response.getEntity());
        } catch (JsonProcessingException e) {
            LOG.debugf(e, "no weak ETag for %s: its entity does not serialize here", request.getUriInfo().getPath());
            return; // the REST layer will serialize it (and report its failure) as before
        }
        EntityTag tag = EntityVersions.weakTag(json);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (EntityVersions.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(json, new Annotation[0], MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    /** A 200 to a GET (or HEAD) with a JSON entity and no validator of its own. */
    private static boolean taggable(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        if (response.getStatus() != 200 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return false;
        }
        Object entity = response.getEntity();
        if (entity == null || entity instanceof StreamingOutput || entity instanceof InputStream
                || entity instanceof byte[] || entity instanceof CharSequence || entity instanceof File
                || entity instanceof Path) {
            return false;
        }
        MediaType type = response.getMediaType();
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
