package org.plenary.publish;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Makes {@code REGEX} and {@code REPLACE} stop when their query is cancelled. Java's regular expressions backtrack:
 * {@code REGEX(?s, "^(.*a){20}$")} on one literal of a few dozen characters runs for minutes, inside one call that
 * never looks at ARQ's timeout. Here the matcher reads the text through a {@link CharSequence} that checks the
 * query's cancel signal (set by the timeout) every few thousand characters read and then throws: the match ends
 * within milliseconds of the timeout, whatever the pattern. Matching is otherwise ARQ's own (same flags, same
 * {@code java.util.regex} dialect).
 */
final class RegexGuard {
    /** Characters read between two looks at the cancel signal. */
    private static final int CHECK_EVERY = 4096;

    private RegexGuard() {}

    /** {@code query} with every REGEX and REPLACE guarded (a copy; {@code query} itself is not changed). */
    static Query guard(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy(false) {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof GuardedRegex)) return new GuardedRegex(args);
                if (func instanceof E_StrReplace && !(func instanceof GuardedReplace)) return new GuardedReplace(args);
                return super.transform(func, args);
            }
        });
    }

    /** REGEX whose matcher gives up once the query is cancelled. */
    static final class GuardedRegex extends E_Regex {
        GuardedRegex(ExprList args) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            AtomicBoolean cancel = cancelSignal(env);
            NodeValue text = args.get(0);
            if (cancel == null || !(text.isString() || text.isLangString()) || !args.get(1).isString()
                    || (args.size() > 2 && !args.get(2).isString()))
                return super.eval(args, env);
            Pattern p = RegexEngine.makePattern("REGEX", args.get(1).getString(), args.size() > 2 ? args.get(2).getString() : null);
            return NodeValue.booleanReturn(p.matcher(new Cancellable(text.getString(), cancel)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) { return new GuardedRegex(newArgs); }
    }

    /** REPLACE whose matcher gives up once the query is cancelled. */
    static final class GuardedReplace extends E_StrReplace {
        GuardedReplace(ExprList args) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            AtomicBoolean cancel = cancelSignal(env);
            NodeValue text = args.get(0);
            boolean plain = text.isString() || text.isLangString();
            for (int i = 1; i < args.size(); i++) plain &= args.get(i).isString();
            if (cancel == null || !plain) return super.eval(args, env);
            Pattern p = RegexEngine.makePattern("REPLACE", args.get(1).getString(), args.size() > 3 ? args.get(3).getString() : null);
            if (p.matcher("").matches())
                throw new ExprEvalException("REPLACE: the pattern matches the empty string: " + args.get(1).getString());
            // The guarded matcher only decides how long matching may take; ARQ's own REPLACE makes the result
            // (replacement syntax, language tags) once a match is known to end in time.
            p.matcher(new Cancellable(text.getString(), cancel)).results().count();
            return super.eval(args, env);
        }

        @Override
        public Expr copy(ExprList newArgs) { return new GuardedReplace(newArgs); }
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    }

    /** Text that throws {@link QueryCancelledException} when read after its query was cancelled. */
    static final class Cancellable implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        Cancellable(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancel.get() || Thread.currentThread().isInterrupted()) throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override public int length() { return text.length(); }
        @Override public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }
        @Override public String toString() { return text; }
    }
}
