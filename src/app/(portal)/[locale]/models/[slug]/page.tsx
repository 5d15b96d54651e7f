import {
  DetailPage,
  detailMetadata,
  type DetailProps,
} from '../../../../../components/portal/DetailPage.js'

export const generateMetadata = detailMetadata('pedagogical-models')

const Page = (props: DetailProps) => DetailPage({ collection: 'pedagogical-models', ...props })

export default Page
