package io.kpiops.reports;

/** A finished report file: the name to offer for download, its media type and its bytes. */
public record RenderedReport(String fileName, String contentType, byte[] content) {}
