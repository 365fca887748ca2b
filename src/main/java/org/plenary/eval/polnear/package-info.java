/**
 * Scoring attributions on PolNeAR (Political News Attribution Relations corpus, Newell, Margolin and Ruths 2018,
 * github.com/networkdynamics/PolNeAR): a local copy's split is read, every article extracted, and the
 * statements found compared with the annotated source, cue and content spans. PolNeAR's texts have no licence
 * to redistribute: they are read from where the user keeps them and never copied into this project.
 */
package org.plenary.eval.polnear;
