package vn.dang.chidao.importing;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;

/** Reads an uploaded document into a structured draft, its units matched against the directory. Writes nothing. */
@Service
public class DocumentImports {

    private final TextExtractor extractor;
    private final UnitDirectory directory;
    private final RecipientGroups groups;
    private final DocumentReader reader = new DocumentReader();

    public DocumentImports(TextExtractor extractor, UnitDirectory directory, RecipientGroups groups) {
        this.extractor = extractor;
        this.directory = directory;
        this.groups = groups;
    }

    /**
     * @param fileName the uploaded file's name, null for a text body
     * @param importer the body whose office reads it (its recipient groups are matched too), null for none
     * @throws ImportRefusedException when the content is not a readable Vietnamese document
     */
    public ImportedDocument read(byte[] content, String fileName, Unit importer) {
        String text = extractor.text(content, fileName);
        List<Unit> units = directory.listActive();
        return reader.read(text, new UnitMatcher(units, importer == null ? List.of() : groups.available(importer)));
    }
}
