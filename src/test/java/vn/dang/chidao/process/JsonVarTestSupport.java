package vn.dang.chidao.process;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

final class JsonVarTestSupport {

    private JsonVarTestSupport() {
    }

    /** A Spin JSON variable (as the engine returns it) read back as plain Java lists and maps. */
    static List<Object> list(Object spinJson) {
        try {
            return JsonVar.MAPPER.readValue(spinJson.toString(), new TypeReference<List<Object>>() { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
