import { corePermissions, recordMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { categoryTree } from "../../records/catalog/category-tree.ts";
import { categoryName, createCategory, createCategoryInput } from "../../records/catalog/create-category.ts";
import { createProduct } from "../../records/catalog/create-product.ts";
import { deleteCategory } from "../../records/catalog/delete-category.ts";
import { listProducts, listProductsInput } from "../../records/catalog/list-products.ts";
import { moveCategory } from "../../records/catalog/move-category.ts";
import { createProductInput, updateProductInput } from "../../records/catalog/product-input.ts";
import { renameCategory } from "../../records/catalog/rename-category.ts";
import { setProductActive } from "../../records/catalog/set-product-active.ts";
import { updateProduct } from "../../records/catalog/update-product.ts";
import { recordsContext } from "../../records/timeline/context.ts";

const read = protectedProcedure(corePermissions.catalogRead.id);
const manage = protectedProcedure(corePermissions.catalogManage.id);
const categoryId = z.object({ categoryId: z.string().min(1, recordMessages.chooseCategory) });
const productId = z.object({ productId: z.string().min(1, recordMessages.chooseProduct) });

/** Product categories: a tree. */
const categoriesRouter = router({
  tree: read.query(({ ctx }) => categoryTree({ ctx: ctx.service })),
  create: manage
    .input(createCategoryInput)
    .mutation(({ ctx, input }) => createCategory({ ctx: ctx.service, input })),
  rename: manage
    .input(categoryId.extend({ name: categoryName }))
    .mutation(({ ctx, input }) => renameCategory({ ctx: ctx.service, input })),
  move: manage
    .input(categoryId.extend({ parentId: z.string().min(1).nullable() }))
    .mutation(({ ctx, input }) => moveCategory({ ctx: ctx.service, input })),
  delete: manage.input(categoryId).mutation(({ ctx, input }) => deleteCategory({ ctx: ctx.service, input })),
});

/** Products with SKU, unit and price. */
const productsRouter = router({
  list: read.input(listProductsInput).query(({ ctx, input }) => listProducts({ ctx: ctx.service, input })),
  create: manage
    .input(createProductInput)
    .mutation(({ ctx, input }) => createProduct({ ctx: recordsContext(ctx), input })),
  update: manage
    .input(updateProductInput)
    .mutation(({ ctx, input }) => updateProduct({ ctx: ctx.service, input })),
  activate: manage
    .input(productId)
    .mutation(({ ctx, input }) => setProductActive({ ctx: ctx.service, input: { ...input, active: true } })),
  deactivate: manage
    .input(productId)
    .mutation(({ ctx, input }) => setProductActive({ ctx: ctx.service, input: { ...input, active: false } })),
});

/** `core.catalog`: the product catalog. */
export const catalogRouter = router({ categories: categoriesRouter, products: productsRouter });
