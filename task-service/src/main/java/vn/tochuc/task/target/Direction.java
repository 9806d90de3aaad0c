package vn.tochuc.task.target;

/** Which way a target's figure is better: new members admitted (higher), cells rated weak (lower). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
