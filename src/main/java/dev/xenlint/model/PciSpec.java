package dev.xenlint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code pci = [...]}: {@code [DDDD:]BB:SS.F[@VSLOT][,key=value...]}.
 * Address parts are null when absent or when the address could not be read
 * (then {@link #problems()} says why).
 */
public record PciSpec(Value.Str source, Field address, Field domain, Field bus, Field slot, Field function,
                      Field vslot, Map<String, Field> options, List<SpecProblem> problems) {

    public static PciSpec parse(Value.Str value) {
        List<SpecProblem> problems = new ArrayList<>();
        Map<String, Field> options = new LinkedHashMap<>();
        List<Field> items = Field.of(value).split(',');
        Field address = null;
        for (Field item : items) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                if (address == null) {
                    address = item;
                } else {
                    problems.add(SpecProblem.at(item, "a PCI entry has one address; `" + item.text() + "` is extra"));
                }
            } else {
                String key = item.text().substring(0, eq).trim();
                Field val = item.sub(eq + 1, item.text().length()).trim();
                if (key.equals("bdf") && address == null) {
                    address = val;
                } else {
                    options.put(key, val);
                }
            }
        }
        Field domain = null;
        Field bus = null;
        Field slot = null;
        Field function = null;
        Field vslot = null;
        if (address != null && !address.isEmpty()) {
            Field bdf = address;
            int at = bdf.indexOf('@');
            if (at >= 0) {
                vslot = bdf.sub(at + 1, bdf.text().length());
                bdf = bdf.sub(0, at);
            }
            List<Field> parts = bdf.split(':');
            if (parts.size() == 3) {
                domain = parts.get(0);
                bus = parts.get(1);
            } else if (parts.size() == 2) {
                bus = parts.get(0);
            }
            Field last = parts.get(parts.size() - 1);
            int dot = last.indexOf('.');
            if (parts.size() < 2 || parts.size() > 3 || dot < 0) {
                problems.add(SpecProblem.at(address, "`" + address.text()
                        + "` is not a PCI address of the form [DDDD:]BB:SS.F"));
                bus = null;
                domain = null;
            } else {
                slot = last.sub(0, dot);
                function = last.sub(dot + 1, last.text().length());
            }
        } else if (!options.containsKey("name")) {
            problems.add(SpecProblem.at(Field.of(value), "the PCI entry has no device address"));
        }
        return new PciSpec(value, address, domain, bus, slot, function, vslot, options, List.copyOf(problems));
    }
}
