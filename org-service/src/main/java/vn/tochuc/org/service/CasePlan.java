package vn.tochuc.org.service;

import java.util.List;
import java.util.UUID;

/** What a restructuring case will do, step by step, in the order the steps are applied. */
public record CasePlan(List<Step> steps) {

    /** A parent or successor: an existing unit, or one the same case establishes (by its code). */
    public record UnitRef(UUID id, String newCode) {
        static UnitRef existing(UUID id) {
            return new UnitRef(id, null);
        }

        static UnitRef established(String code) {
            return new UnitRef(null, code);
        }
    }

    /** Steps run in phases: new units exist before children move to them, children move before units cease. */
    public sealed interface Step {
        int phase();
    }

    public record Establish(String code, String name, String shortName, String kind, UnitRef parent,
            List<UUID> predecessors) implements Step {
        @Override
        public int phase() {
            return 0;
        }
    }

    /** A child of a ceasing unit placed under another parent before its parent ceases. */
    public record PlaceChild(UUID childId, UnitRef newParent) implements Step {
        @Override
        public int phase() {
            return 1;
        }
    }

    public record Rename(UUID unitId, String newName, String newShortName) implements Step {
        @Override
        public int phase() {
            return 2;
        }
    }

    public record Move(UUID unitId, UUID newParentId) implements Step {
        @Override
        public int phase() {
            return 2;
        }
    }

    public record ChangeLevel(UUID unitId, String newKind) implements Step {
        @Override
        public int phase() {
            return 2;
        }
    }

    public record Cease(UUID unitId, String eventType, String relation, List<UnitRef> successors) implements Step {
        @Override
        public int phase() {
            return 3;
        }
    }
}
