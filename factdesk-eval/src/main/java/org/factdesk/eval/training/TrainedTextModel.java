// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.eval.training;

import java.util.Optional;
import org.factdesk.eval.scoring.PrecisionRecall;
import org.factdesk.textmodel.LinearTextModel;

/** A fitted model with its figures on the training set and, when one was given, on dev. */
public record TrainedTextModel(LinearTextModel model, PrecisionRecall onTrain, Optional<PrecisionRecall> onDev) {}
