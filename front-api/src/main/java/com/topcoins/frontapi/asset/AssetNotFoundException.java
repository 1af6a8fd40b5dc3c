package com.topcoins.frontapi.asset;

import com.topcoins.common.snapshot.Snapshot;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404: no asset of the current ranking has the symbol, in any case. */
class AssetNotFoundException extends ErrorResponseException {

    AssetNotFoundException(AssetSymbol symbol, Snapshot ranking) {
        super(HttpStatus.NOT_FOUND, problem(symbol, ranking), null);
    }

    private static ProblemDetail problem(AssetSymbol symbol, Snapshot ranking) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "No asset with the symbol '%s' (ignoring case) is in the current ranking: the top %d by 24 h volume"
                        .formatted(symbol, ranking.count() == null ? 0 : ranking.count()));
        problem.setTitle("Asset not ranked");
        problem.setProperty("symbol", symbol.value());
        return problem;
    }
}
