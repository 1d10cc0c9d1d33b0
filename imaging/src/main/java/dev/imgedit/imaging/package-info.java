/**
 * Images made ready for a model and for a file: {@link dev.imgedit.imaging.InputPreparation} turns an input upright,
 * strips its metadata and fits it to a model's limits; {@link dev.imgedit.imaging.ImageConversion} writes an edited
 * image in the format asked for. ImageIO and Java2D only, plus TwelveMonkeys' WebP reader.
 */
@NullMarked
package dev.imgedit.imaging;

import org.jspecify.annotations.NullMarked;
