package vn.tochuc.cadre.domain;

/**
 * Chuyển sinh hoạt đảng: permanent (chính thức) and internal (nội bộ) moves change the member's cell; a
 * temporary one (tạm thời) adds a cell the member attends while keeping the official one.
 */
public enum TransferKind {
    PERMANENT,
    TEMPORARY,
    INTERNAL
}
