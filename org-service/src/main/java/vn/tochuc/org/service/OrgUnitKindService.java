package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;

/** Kinds are reference data: added and relabelled or retired, never deleted, since old units keep them. */
@ApplicationScoped
public class OrgUnitKindService {

    public List<OrgUnitKind> list() {
        return OrgUnitKind.list("order by category, levelRank, code");
    }

    public OrgUnitKind get(String code) {
        return OrgUnitKind.<OrgUnitKind>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("org unit kind", code));
    }

    @Transactional
    public OrgUnitKind create(String code, String nameVi, String nameEn, String category, int levelRank) {
        if (OrgUnitKind.findById(code) != null) {
            throw ProblemException.conflict("duplicate-code", ProblemText.of("duplicate-code.kind").with("code", code));
        }
        OrgUnitKind kind = new OrgUnitKind();
        kind.code = code;
        kind.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        fill(kind, nameVi, nameEn, category, levelRank, true);
        kind.persist();
        return kind;
    }

    @Transactional
    public OrgUnitKind update(String code, String ifMatch, String bodyCode, String nameVi, String nameEn,
            String category, int levelRank, boolean active) {
        OrgUnitKind kind = get(code);
        EntityVersions.requireMatch(ifMatch, kind.version);
        if (!code.equals(bodyCode)) {
            throw ProblemException.invalid("code", ProblemText.of("field.kind-code-fixed").with("code", code));
        }
        fill(kind, nameVi, nameEn, category, levelRank, active);
        return kind;
    }

    private static void fill(OrgUnitKind kind, String nameVi, String nameEn, String category, int levelRank,
            boolean active) {
        kind.nameVi = nameVi.strip();
        kind.nameEn = nameEn.strip();
        kind.category = category;
        kind.levelRank = levelRank;
        kind.active = active;
        kind.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
