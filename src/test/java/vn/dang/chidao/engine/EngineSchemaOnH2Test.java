package vn.dang.chidao.engine;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class EngineSchemaOnH2Test extends EngineSchemaTests {

    @Override
    DataSource newDatabase(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    String vendor() {
        return "h2";
    }
}
