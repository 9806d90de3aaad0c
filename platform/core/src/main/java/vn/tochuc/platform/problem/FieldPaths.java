package vn.tochuc.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** Names an invalid field the way the caller sees it: its JSON path in the request, not a Java method path. */
final class FieldPaths {

    private FieldPaths() {
    }

    /** {@code create.request.parent.code} becomes {@code parent.code}; a query parameter keeps its own name. */
    static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.METHOD && kind != ElementKind.CONSTRUCTOR && kind != ElementKind.RETURN_VALUE) {
                nodes.add(node);
            }
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0); // the request body is the root of the JSON document
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                path.append(path.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
