package dev.xenlint.config;

/** A configuration file that cannot be used; the message says where and why. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
