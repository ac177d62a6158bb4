package dev.xenlint.fleet;

import java.util.List;

/**
 * What one configuration file claims on its host: a few small records, kept for every file of
 * a run instead of its tree or model, so that checking a fleet costs little more memory than
 * checking its files one by one.
 */
public record GuestFacts(List<Claim> claims) {

    public static final GuestFacts NONE = new GuestFacts(List.of());
}
