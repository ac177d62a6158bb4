package dev.xenlint.fleet;

import dev.xenlint.fleet.Claim.Use;
import dev.xenlint.lint.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guests of one run (a host's {@code /etc/xen}, a repository, an editor's workspace) and the
 * resources two of them claim at once. Members are added as their files are analysed; only their
 * {@link GuestFacts} are kept. Claims inside one file are the per-file rules' business
 * ({@code duplicate-mac}, ...): a clash here is always between two files.
 */
public final class Fleet {

    /**
     * One guest configuration.
     *
     * @param displayPath the file's name in reports
     * @param identity    what makes two members one file (its real path, or an editor's URI): a file
     *                    reached twice, as through {@code /etc/xen/auto/}, never clashes with itself
     * @param groups      names of the alternative groups it belongs to: members of one group never
     *                    run at the same time (an active and a standby copy), so they do not clash
     * @param facts       its claims; leave out claims whose rule is disabled or suppressed for the file
     */
    public record Member(String displayPath, String identity, Set<String> groups, GuestFacts facts) {
    }

    /** A claim of one member that clashes with claims of others. */
    public record Clash(int member, Claim claim, Severity severity, List<Other> others) {
    }

    /** The other side of a clash. */
    public record Other(int member, Claim claim) {
    }

    /** By member, then where the claim starts, then its resource. A class, not lambdas: see StartupPathTest. */
    private static final Comparator<Clash> BY_MEMBER_THEN_PLACE = new Comparator<>() {
        @Override
        public int compare(Clash a, Clash b) {
            int c = Integer.compare(a.member(), b.member());
            if (c == 0) {
                c = Integer.compare(a.claim().range().start(), b.claim().range().start());
            }
            return c != 0 ? c : a.claim().resource().compareTo(b.claim().resource());
        }
    };

    private final List<Member> members = new ArrayList<>();
    private final Map<String, List<Other>> byKey = new HashMap<>();

    /** Adds a member; returns its index, which {@link Clash#member()} refers to. */
    public synchronized int add(Member member) {
        int index = members.size();
        members.add(member);
        for (Claim c : member.facts().claims()) {
            String key = c.resource().name() + '\u0000' + c.key();
            List<Other> same = byKey.get(key);
            if (same == null) { // not computeIfAbsent: no lambda on the way of a short check (StartupPathTest)
                same = new ArrayList<>();
                byKey.put(key, same);
            }
            same.add(new Other(index, c));
        }
        return index;
    }

    public Member member(int index) {
        return members.get(index);
    }

    /** Every clash, ordered by member (input order), then by position in the file. */
    public synchronized List<Clash> clashes() {
        List<Clash> out = new ArrayList<>();
        for (List<Other> claims : byKey.values()) {
            if (claims.size() < 2 || oneMember(claims)) {
                continue; // a guest does not clash with itself: one file repeating a disk 40,000 times is not 40,000² pairs
            }
            // a read-only disk clashes only with writers: many guests sharing one image (an installer
            // ISO) are compared with its few writers, not each with each
            List<Other> writers = claims;
            if (claims.get(0).claim().resource() == Resource.DISK) {
                writers = new ArrayList<>();
                for (Other c : claims) {
                    if (c.claim().use() != Use.READ) {
                        writers.add(c);
                    }
                }
                if (writers.isEmpty()) {
                    continue;
                }
            }
            for (Other mine : claims) {
                Severity worst = null;
                List<Other> others = new ArrayList<>();
                for (Other theirs : mine.claim().use() == Use.READ ? writers : claims) {
                    if (!together(mine.member(), theirs.member())) {
                        continue;
                    }
                    Severity s = severity(mine.claim(), theirs.claim());
                    if (s != null) {
                        others.add(theirs);
                        worst = worst == null || s.compareTo(worst) > 0 ? s : worst;
                    }
                }
                if (worst != null) {
                    out.add(new Clash(mine.member(), mine.claim(), worst, List.copyOf(others)));
                }
            }
        }
        out.sort(BY_MEMBER_THEN_PLACE);
        return out;
    }

    /** Whether every claim is one member's (then no two of them can clash). */
    private static boolean oneMember(List<Other> claims) {
        int first = claims.get(0).member();
        for (Other c : claims) {
            if (c.member() != first) {
                return false;
            }
        }
        return true;
    }

    /** Whether two members are different guests that may run at the same time. */
    private boolean together(int a, int b) {
        Member x = members.get(a);
        Member y = members.get(b);
        if (a == b || x.identity().equals(y.identity())) {
            return false;
        }
        for (String g : x.groups()) {
            if (y.groups().contains(g)) {
                return false;
            }
        }
        return true;
    }

    /** How bad it is for {@code mine} that another guest claims {@code theirs}; null when it is fine. */
    static Severity severity(Claim mine, Claim theirs) {
        return switch (mine.resource()) {
            case DISK -> {
                boolean iWrite = mine.use() != Use.READ;
                boolean theyWrite = theirs.use() != Use.READ;
                if (!iWrite && !theyWrite) {
                    yield null; // a shared read-only image
                }
                if (iWrite != theyWrite) {
                    yield Severity.WARNING; // one writes, the other reads a disk changing under it
                }
                yield mine.use() == Use.SHARED_WRITE && theirs.use() == Use.SHARED_WRITE ? null : Severity.ERROR;
            }
            case VNC -> mine.use() == Use.PREFERRED && theirs.use() == Use.PREFERRED ? Severity.WARNING : Severity.ERROR;
            default -> Severity.ERROR;
        };
    }
}
