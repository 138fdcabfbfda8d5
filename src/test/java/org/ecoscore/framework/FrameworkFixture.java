package org.ecoscore.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the framework of WORKED-EXAMPLE.md as CSV files into a folder, for tests to load or spoil. */
final class FrameworkFixture {
    static final String FRAMEWORK = """
            code,parent,name_zh,name_en,weight,aggregation,role
            R,,综合,Overall,,,
            S1,R,体制,System,2,,subsystem1
            S2,R,生态,Ecosystem,1,geometric,subsystem2
            """;
    static final String QUESTIONS = """
            code,parent,source,scale,reverse,min,max,transform,weight,text_zh,text_en,aliases
            Q1,S1,firm,agree5,,,,,2,政策清晰,Policy is clear,
            Q2,S1,firm,agree5,true,,,,1,政策多变,Policy changes often,
            Q3,S1,firm,percent,,0,20,,1,研发强度,R&D intensity,
            Q4,S2,firm,number,,,,log,1,发明专利数,Invention patents,专利|patents
            Q5,S2,firm,yesno,,,,,1,是否参与揭榜挂帅,Took part in open competitions,
            Q6,S2,region,number,,0,100,,1,引导基金规模,Guidance fund size,
            """;
    static final String SCALES = """
            scale,value,label
            agree5,1,非常不同意
            agree5,2,不同意
            agree5,3,一般
            agree5,4,同意
            agree5,5,非常同意
            agree5,4,agree
            """;
    static final String META = """
            role,aliases
            id,统一社会信用代码|id
            name,企业名称|name
            region,所在地区|region
            """;
    static final String REGIONS = """
            code,name_zh,short_zh,name_en,aliases
            440000,广东省,广东,Guangdong,粤
            110000,北京市,北京,Beijing,京
            """;

    final Path dir;

    FrameworkFixture(Path parent) {
        this.dir = parent.resolve("worked");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write("framework.csv", FRAMEWORK);
        write("questions.csv", QUESTIONS);
        write("scales.csv", SCALES);
        write("meta.csv", META);
        write("regions.csv", REGIONS);
    }

    FrameworkFixture write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces text in one file (which must contain it). */
    FrameworkFixture replace(String name, String from, String to) {
        try {
            String s = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            if (!s.contains(from)) throw new IllegalArgumentException(name + " has no " + from);
            return write(name, s.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FrameworkFixture append(String name, String lines) {
        try {
            String s = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            return write(name, s + lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FrameworkFixture delete(String name) {
        try {
            Files.delete(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
