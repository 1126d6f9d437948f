package io.kpiops.platform.db;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.DateJdbcType;

/**
 * SQLite with calendar dates stored as ISO text ("2026-03-02"). The driver would otherwise store a date as the epoch
 * milliseconds of midnight in the JVM's time zone, which SQL cannot group by day reliably and which shifts if the
 * JVM's zone changes. Text keeps dates readable, sortable and usable with SQLite's date functions.
 */
public class SqliteDialect extends SQLiteDialect {

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.contributeTypes(contributions, registry);
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(IsoTextDate.INSTANCE);
    }

    /** The DATE JDBC type, bound and read as ISO-8601 text. */
    static final class IsoTextDate extends DateJdbcType {

        static final IsoTextDate INSTANCE = new IsoTextDate();

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                    st.setString(index, javaType.unwrap(value, LocalDate.class, options).toString());
                }

                @Override
                protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                    st.setString(name, javaType.unwrap(value, LocalDate.class, options).toString());
                }
            };
        }

        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new BasicExtractor<>(javaType, this) {
                @Override
                protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                    return wrap(rs.getString(index), options);
                }

                @Override
                protected X doExtract(CallableStatement st, int index, WrapperOptions options) throws SQLException {
                    return wrap(st.getString(index), options);
                }

                @Override
                protected X doExtract(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                    return wrap(st.getString(name), options);
                }

                private X wrap(String text, WrapperOptions options) {
                    return text == null ? null : javaType.wrap(LocalDate.parse(text), options);
                }
            };
        }
    }
}
