package dev.xenlint.report;

// Written by the build (maven-resources-plugin, filtered into target/generated-sources/version): the
// project's version as a constant, so that a report naming it (SARIF) or --version reads no resource,
// which in a run with every class in the launcher's cache was the one reason to open the jar.
final class BuildVersion {

    static final String VERSION = "${project.version}";

    private BuildVersion() {
    }
}
